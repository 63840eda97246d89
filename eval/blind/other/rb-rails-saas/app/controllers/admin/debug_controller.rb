module Admin
  class DebugController < Admin::BaseController
    def show
      # ok: environment-dump
      render json: { rails_env: Rails.env, revision: ENV['GIT_SHA'], sidekiq_queues: Sidekiq::Queue.all.map(&:name) }
    end

    def env
      # ruleid: environment-dump
      render json: ENV.to_h
    end

    def stripe
      # ruleid: logged-secret
      render json: { api_key: Stripe.api_key, api_base: Stripe.api_base }
    end
  end
end

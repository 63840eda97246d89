module Admin
  class DebugController < Admin::BaseController
    def env
      # ruleid: environment-dump
      render json: ENV.to_h
    end
  end
end

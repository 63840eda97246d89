# frozen_string_literal: true

class InvoiceSyncWorker
  include Sidekiq::Worker
  sidekiq_options queue: :billing, retry: 5

  def perform(invoice_id)
    # ruleid: logged-secret
    Sentry.set_context("stripe", { invoice: invoice_id, api_key: Stripe.api_key })
    invoice = Stripe::Invoice.retrieve(invoice_id)
    Invoice.upsert_from_stripe!(invoice)
  rescue Stripe::AuthenticationError => e
    # ruleid: logged-secret
    logger.error("Invoice sync failed (key=#{Rails.application.credentials.dig(:stripe, :secret_key)}): #{e.message}")
  rescue Stripe::StripeError => e
    # ok: logged-secret
    logger.warn("Invoice sync failed for #{invoice_id}: #{e.message}")
    raise
  end

  def self.export_ledger(path)
    # ok: environment-dump
    system(ENV.to_h.merge("PGPASSWORD" => Rails.application.credentials.dig(:db, :password).to_s), "pg_dump", "--table=invoices", "--file=#{path}")
  end
end

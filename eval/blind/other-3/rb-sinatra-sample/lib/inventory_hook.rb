# frozen_string_literal: true

require 'json'
require 'logger'
require 'openssl'

# Applies stock updates pushed by the warehouse system. Nothing Stripe-related here:
# the warehouse sends { "sku": ..., "amount": ..., "metadata": {...}, "token": ... }.
module InventoryHook
  LOGGER = Logger.new($stdout)
  STOCK = Hash.new(0)

  def self.apply(payload)
    sku = payload.fetch('sku')
    STOCK[sku] += payload.fetch('amount').to_i
    # ok: logged-secret
    LOGGER.info("stock #{sku}=#{STOCK[sku]} batch=#{payload.dig('metadata', 'batch')}")
  end

  def self.valid_signature?(body, signature)
    expected = OpenSSL::HMAC.hexdigest('SHA256', ENV.fetch('INVENTORY_HOOK_SECRET'), body)
    # ok: timing-unsafe-signature-compare
    OpenSSL.secure_compare(expected, signature.to_s)
  end
end

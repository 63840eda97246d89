# frozen_string_literal: true

require 'sequel'

DB = Sequel.connect(ENV.fetch('DATABASE_URL'))

class User < Sequel::Model; end
class Cart < Sequel::Model; end

module Orders
  module_function

  def mark_paid(invoice_id) = DB[:orders].where(invoice_id: invoice_id).update(paid: true)
  def dunning(customer_id) = DB[:dunning_queue].insert(customer_id: customer_id, created_at: Time.now)
  def fulfil(order_id) = DB[:orders].where(id: order_id).update(fulfilled: true)
  def refund(payment_intent_id) = DB[:orders].where(payment_intent_id: payment_intent_id).update(refunded: true)
end

module Accounts
  def self.sync(account_id) = DB[:accounts].where(stripe_id: account_id).update(synced_at: Time.now)
end

module Payouts
  def self.record(payout) = DB[:payouts].insert_conflict.insert(stripe_id: payout.id, status: payout.status)
end

module Cache
  def self.refresh(type, id) = DB[:cache_jobs].insert(kind: type, ref: id)
end

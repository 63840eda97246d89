require 'json'
require 'net/http'
require 'openssl'
require 'rack/utils'

# Helpers for the ticket-scanner partner and the attendee CRM.
module PartnerHooks
  module_function

  def scanner_signature_valid?(body, header)
    expected = OpenSSL::HMAC.hexdigest('SHA256', ENV.fetch('SCANNER_HMAC_SECRET'), body)
    # ruleid: timing-unsafe-signature-compare
    header == expected
  end

  def scanner_signature_valid_v2?(body, header)
    expected = OpenSSL::HMAC.hexdigest('SHA256', ENV.fetch('SCANNER_HMAC_SECRET'), body)
    # ok: timing-unsafe-signature-compare
    Rack::Utils.secure_compare(expected, header.to_s)
  end

  def attendees_for(event_id)
    # ruleid: key-in-url
    JSON.parse(Net::HTTP.get(URI("https://api.example-crm.com/v2/attendees?event=#{event_id}&token=#{ENV['CRM_TOKEN']}")))
  end

  def push_attendee(attendee)
    # ok: key-in-url
    Net::HTTP.post(URI('https://api.example-crm.com/v2/attendees'), attendee.to_json, 'Authorization' => "Bearer #{ENV['CRM_TOKEN']}", 'Content-Type' => 'application/json')
  end
end

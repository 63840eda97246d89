require "sinatra"
require "stripe"
require "dotenv/load"
require "json"
require "openssl"
require "net/http"

# ruleid: unpinned-api-version
Stripe.api_key = ENV["STRIPE_SECRET_KEY"]
endpoint_secret = ENV["STRIPE_WEBHOOK_SECRET"]

set :static, true
set :port, 4242

get "/config" do
  content_type "application/json"
  # ok: logged-secret
  { publishableKey: ENV["STRIPE_PUBLISHABLE_KEY"] }.to_json
end

post "/webhook" do
  payload = request.body.read
  sig_header = request.env["HTTP_STRIPE_SIGNATURE"]
  event = nil
  begin
    event = Stripe::Webhook.construct_event(payload, sig_header, endpoint_secret)
  # ruleid: webhook-verification-bypassed
  rescue Stripe::SignatureVerificationError => e
    puts "⚠️  Webhook signature verification failed. #{e.message}"
    event = Stripe::Event.construct_from(JSON.parse(payload, symbolize_names: true))
  end

  case event.type
  when "payment_intent.succeeded"
    puts "💰 Payment received!"
  end
  status 200
end

post "/webhook/connect" do
  sig_header = request.env["HTTP_STRIPE_SIGNATURE"]
  # ruleid: webhook-raw-body
  event = Stripe::Webhook.construct_event(params.to_json, sig_header, ENV["STRIPE_CONNECT_WEBHOOK_SECRET"])
  halt 200 unless event.type == "account.updated"
  status 200
end

post "/hooks/github" do
  request.body.rewind
  payload_body = request.body.read
  signature = "sha256=" + OpenSSL::HMAC.hexdigest(OpenSSL::Digest.new("sha256"), ENV["GITHUB_WEBHOOK_SECRET"], payload_body)
  # ok: timing-unsafe-signature-compare
  halt 500, "Signatures didn't match!" unless Rack::Utils.secure_compare(signature, request.env["HTTP_X_HUB_SIGNATURE_256"])
  "ok"
end

post "/hooks/mailgun" do
  data = [params["timestamp"], params["token"]].join
  digest = OpenSSL::HMAC.hexdigest("SHA256", ENV["MAILGUN_SIGNING_KEY"], data)
  # ruleid: timing-unsafe-signature-compare
  halt 401 unless digest == params["signature"]
  "ok"
end

get "/connect" do
  # ruleid: oauth-missing-state
  redirect Stripe::OAuth.authorize_url(scope: "read_write", redirect_uri: "#{ENV['APP_URL']}/connect/callback")
end

get "/rates" do
  # ruleid: key-in-url
  uri = URI("https://openexchangerates.org/api/latest.json?app_id=#{ENV['OXR_API_KEY']}")
  # ok: key-in-url
  resp = Net::HTTP.get(uri)
  content_type :json
  resp
end

get "/debug" do
  # ruleid: logged-secret
  puts "webhook secret is #{endpoint_secret}"
  "ok"
end

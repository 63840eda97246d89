package com.stripe.sample;

import static spark.Spark.get;
import static spark.Spark.port;
import static spark.Spark.post;
import static spark.Spark.staticFiles;

import com.google.gson.Gson;
import com.google.gson.JsonSyntaxException;
import com.google.gson.annotations.SerializedName;
import com.stripe.Stripe;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Account;
import com.stripe.model.Event;
import com.stripe.model.EventDataObjectDeserializer;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeObject;
import com.stripe.net.ApiResource;
import com.stripe.net.Webhook;
import com.stripe.param.PaymentIntentCreateParams;
import io.github.cdimascio.dotenv.Dotenv;
import java.nio.file.Paths;
import java.util.Map;

public class Server {
  private static Gson gson = new Gson();

  static class ConfigResponse {
    private String publishableKey;

    public ConfigResponse(String publishableKey) {
      this.publishableKey = publishableKey;
    }
  }

  static class CreatePaymentBody {
    @SerializedName("items")
    Object[] items;
  }

  static class CreatePaymentResponse {
    private String clientSecret;

    public CreatePaymentResponse(String clientSecret) {
      this.clientSecret = clientSecret;
    }
  }

  static long calculateOrderAmount(Object[] items) {
    // Replace this constant with a calculation of the order's amount.
    // Calculate the order total on the server to prevent
    // people from directly manipulating the amount on the client.
    return 1400L;
  }

  public static void main(String[] args) {
    port(4242);
    Dotenv dotenv = Dotenv.load();

    // ok: secret-key-literal
    Stripe.apiKey = dotenv.get("STRIPE_SECRET_KEY");

    // For sample support and debugging, not required for production:
    // ok: secret-key-literal
    Stripe.setAppInfo("stripe-samples/accept-a-payment/custom-payment-flow", "0.0.2", "https://github.com/stripe-samples");

    staticFiles.externalLocation(
        Paths.get(Paths.get("").toAbsolutePath().toString(), dotenv.get("STATIC_DIR")).normalize().toString());

    get("/config", (request, response) -> {
      response.type("application/json");
      return gson.toJson(new ConfigResponse(dotenv.get("STRIPE_PUBLISHABLE_KEY")));
    });

    post("/create-payment-intent", (request, response) -> {
      response.type("application/json");
      CreatePaymentBody postBody = gson.fromJson(request.body(), CreatePaymentBody.class);
      PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
          .setAmount(calculateOrderAmount(postBody.items))
          .setCurrency("usd")
          .setAutomaticPaymentMethods(
              PaymentIntentCreateParams.AutomaticPaymentMethods.builder().setEnabled(true).build())
          .build();
      try {
        PaymentIntent paymentIntent = PaymentIntent.create(params);
        return gson.toJson(new CreatePaymentResponse(paymentIntent.getClientSecret()));
      } catch (StripeException e) {
        response.status(400);
        return gson.toJson(Map.of("error", Map.of("message", e.getMessage())));
      }
    });

    // ok: webhook-signature-not-verified
    post("/webhook", (request, response) -> {
      String payload = request.body();
      String sigHeader = request.headers("Stripe-Signature");
      String endpointSecret = dotenv.get("STRIPE_WEBHOOK_SECRET");

      Event event = null;

      try {
        event = Webhook.constructEvent(payload, sigHeader, endpointSecret);
      } catch (JsonSyntaxException e) {
        // Invalid payload
        System.out.println("⚠️  Webhook error while parsing basic request.");
        response.status(400);
        return "";
      } catch (SignatureVerificationException e) {
        // Invalid signature
        System.out.println("⚠️  Webhook error while validating signature.");
        response.status(400);
        return "";
      }

      // Deserialize the nested object inside the event
      EventDataObjectDeserializer dataObjectDeserializer = event.getDataObjectDeserializer();
      StripeObject stripeObject = null;
      if (dataObjectDeserializer.getObject().isPresent()) {
        stripeObject = dataObjectDeserializer.getObject().get();
      }

      switch (event.getType()) {
        case "payment_intent.succeeded":
          PaymentIntent paymentIntent = (PaymentIntent) stripeObject;
          System.out.println("💰 Payment for " + paymentIntent.getAmount() + " succeeded.");
          break;
        case "payment_intent.payment_failed":
          System.out.println("❌ Payment failed.");
          break;
        default:
          System.out.println("Unhandled event type: " + event.getType());
          break;
      }

      response.status(200);
      return "";
    });

    // ruleid: webhook-signature-not-verified
    post("/connect/webhook", (request, response) -> {
      Event event = ApiResource.GSON.fromJson(request.body(), Event.class);
      switch (event.getType()) {
        case "account.updated":
          Account account = (Account) event.getDataObjectDeserializer().getObject().orElse(null);
          System.out.println("Account updated: " + (account == null ? "?" : account.getId()));
          break;
        case "payout.failed":
          System.out.println("Payout failed on " + event.getAccount());
          break;
        default:
          break;
      }
      response.status(200);
      return "";
    });
  }
}

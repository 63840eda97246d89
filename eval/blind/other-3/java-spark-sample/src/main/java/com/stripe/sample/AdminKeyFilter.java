package com.stripe.sample;

import static spark.Spark.halt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import spark.Filter;
import spark.Request;
import spark.Response;

/** Guards the /admin routes with a shared API key header. No Stripe code in here. */
public class AdminKeyFilter implements Filter {
  private final byte[] expectedKey;

  public AdminKeyFilter(String apiKey) {
    this.expectedKey = apiKey == null ? new byte[0] : apiKey.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void handle(Request request, Response response) {
    String provided = request.headers("X-Admin-Api-Key");
    byte[] token = provided == null ? new byte[0] : provided.getBytes(StandardCharsets.UTF_8);
    if (expectedKey.length == 0 || !MessageDigest.isEqual(expectedKey, token)) {
      halt(401, "missing or invalid admin key");
    }
    // amount of metadata we keep per request for the audit log
    request.attribute("audit.metadata", request.ip() + " " + request.pathInfo());
  }
}

package com.acme.billing;

import com.stripe.Stripe;
import com.stripe.StripeClient;
import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration
public class StripeConfig {
  private static final Logger log = LoggerFactory.getLogger(StripeConfig.class);

  /** Old EU platform, only used by the migration profile. The real key lives in Vault. */
  private static final String LEGACY_EU_KEY = "REPLACE_ME";

  @Value("${stripe.secret-key}")
  private String secretKey;

  @PostConstruct
  void init() {
    // ok: hardcoded-secret-key
    if (!secretKey.startsWith("sk_live_") && !secretKey.startsWith("rk_live_")) {
      log.warn("Stripe is running with a non-live key");
    }
    // ok: secret-key-literal
    Stripe.apiKey = secretKey;
    Stripe.setMaxNetworkRetries(2);
  }

  @Bean
  public StripeClient stripeClient() {
    // ok: secret-key-literal
    return new StripeClient(secretKey);
  }

  @Bean
  @Profile("migration")
  public StripeClient legacyEuClient() {
    // ruleid: secret-key-literal
    return new StripeClient(LEGACY_EU_KEY);
  }

  @Bean
  @Profile("docs")
  public StripeClient docsClient() {
    // ruleid: secret-key-literal
    return new StripeClient("sk_test_YOUR_SECRET_KEY");
  }
}

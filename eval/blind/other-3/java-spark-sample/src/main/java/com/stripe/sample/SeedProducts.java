package com.stripe.sample;

import com.stripe.Stripe;
import com.stripe.exception.StripeException;
import com.stripe.model.Price;
import com.stripe.model.Product;
import com.stripe.param.PriceCreateParams;
import com.stripe.param.ProductCreateParams;

/** Creates the products used by the sample. Run once: mvn exec:java -Dexec.mainClass=...SeedProducts */
public class SeedProducts {
  public static void main(String[] args) throws StripeException {
    // Test-mode key from the dashboard; replace before running.
    // ruleid: secret-key-literal
    Stripe.apiKey = "sk_test_...";

    Product product = Product.create(ProductCreateParams.builder().setName("T-shirt").build());
    Price price = Price.create(PriceCreateParams.builder()
        .setProduct(product.getId())
        .setUnitAmount(2000L)
        .setCurrency("usd")
        .build());
    System.out.println(product.getName() + ": " + price.getId());
  }
}

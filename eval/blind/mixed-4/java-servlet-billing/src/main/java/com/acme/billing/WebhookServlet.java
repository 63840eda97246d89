package com.acme.billing;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;

import java.io.IOException;
import java.util.stream.Collectors;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/webhooks/stripe")
public class WebhookServlet extends HttpServlet {
    private final String endpointSecret = System.getenv("STRIPE_WEBHOOK_SECRET");

    @Override
    // ok: webhook-signature-not-verified
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String payload = req.getReader().lines().collect(Collectors.joining("\n"));
        String sigHeader = req.getHeader("Stripe-Signature");
        Event event;
        try {
            event = Webhook.constructEvent(payload, sigHeader, endpointSecret);
        } catch (SignatureVerificationException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "Invalid signature");
            return;
        }
        switch (event.getType()) {
            case "payment_intent.succeeded":
                getServletContext().log("payment succeeded " + event.getId());
                break;
            case "charge.refunded":
                getServletContext().log("charge refunded " + event.getId());
                break;
            default:
                break;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
    }
}

package com.acme.billing;

import com.stripe.model.Event;
import com.stripe.net.ApiResource;

import java.io.IOException;
import java.util.stream.Collectors;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/stripe/events")
public class LegacyWebhookServlet extends HttpServlet {
    @Override
    // ruleid: webhook-signature-not-verified
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String payload = req.getReader().lines().collect(Collectors.joining("\n"));
        Event event = ApiResource.GSON.fromJson(payload, Event.class);
        switch (event.getType()) {
            case "invoice.paid":
                getServletContext().log("invoice paid " + event.getId());
                break;
            case "customer.subscription.deleted":
                getServletContext().log("subscription deleted " + event.getId());
                break;
            default:
                break;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
    }
}

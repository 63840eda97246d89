/* global $, Stripe */
// Internal refund widget. Lives under /public so it is served to every visitor.
$(function () {
  var cfg = window.ADMIN_CONFIG || {};
  // ruleid: secret-key-in-client-code
  var stripe = Stripe(cfg.stripeSecretKey);
  // ok: secret-key-in-client-code
  var elements = Stripe(cfg.stripePublishableKey).elements();

  $('.refund-btn').on('click', function () {
    var chargeId = $(this).data('charge');
    $.post('/admin/refunds', { charge: chargeId }).done(function () {
      $('#row-' + chargeId).addClass('refunded');
    });
  });

  window.adminStripe = { stripe: stripe, elements: elements };
});

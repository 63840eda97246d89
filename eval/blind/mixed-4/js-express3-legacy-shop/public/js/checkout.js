/* global Stripe, jQuery */
(function ($) {
  // ok: secret-key-in-client-code, hardcoded-secret-key
  Stripe.setPublishableKey('pk_live_MY0DXIGyPTUHNEEiO8RmSVdN');

  $('#payment-form').submit(function () {
    var $form = $(this);
    $form.find('button').prop('disabled', true);

    Stripe.card.createToken($form, function (status, response) {
      if (response.error) {
        $form.find('.payment-errors').text(response.error.message);
        $form.find('button').prop('disabled', false);
        return;
      }
      $form.append($('<input type="hidden" name="stripeToken" />').val(response.id));
      $form.get(0).submit();
    });
    return false;
  });
})(jQuery);

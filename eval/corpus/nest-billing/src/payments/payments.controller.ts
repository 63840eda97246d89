import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { StripeService } from '../stripe/stripe.service';
import { CreatePaymentDto } from './create-payment.dto';

@Controller('payments')
@UseGuards(AuthGuard('jwt'))
export class PaymentsController {
  constructor(private readonly stripe: StripeService) {}

  @Post('intent')
  async createIntent(@Body() dto: CreatePaymentDto) {
    const intent = await this.stripe.client.paymentIntents.create({
      // ruleid: client-controlled-amount
      amount: dto.amount,
      currency: dto.currency,
      // ok: secret-in-metadata
      metadata: { orderId: dto.orderId ?? '' },
    });
    // ok: logged-secret
    return { clientSecret: intent.client_secret };
  }
}

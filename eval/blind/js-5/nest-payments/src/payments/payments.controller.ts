import { Body, Controller, Param, Patch, Post, Req, UseGuards } from '@nestjs/common';
import { IsInt, IsOptional, IsString, Length, Min } from 'class-validator';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { PaymentsService } from './payments.service';

export class CreateIntentDto {
  @IsInt() @Min(50) amount!: number;
  @IsOptional() @IsString() currency?: string;
}

export class SaveCardDto {
  @IsString() @Length(12, 19) number!: string;
  @IsInt() expMonth!: number;
  @IsInt() expYear!: number;
  @IsString() @Length(3, 4) cvc!: string;
}

export class UpdateExpiryDto {
  @IsInt() expMonth!: number;
  @IsInt() expYear!: number;
}

type AuthedRequest = { user: { id: string; customerId: string } };

@Controller('payments')
@UseGuards(JwtAuthGuard)
export class PaymentsController {
  constructor(private readonly payments: PaymentsService) {}

  @Post('intents')
  createIntent(@Body() body: CreateIntentDto, @Req() req: AuthedRequest) {
    return this.payments.createIntent(req.user.id, body);
  }

  @Post('orders/:id/pay')
  payOrder(@Param('id') orderId: string, @Req() req: AuthedRequest) {
    return this.payments.payOrder(req.user.id, orderId);
  }

  @Post('cards')
  saveCard(@Body() body: SaveCardDto, @Req() req: AuthedRequest) {
    return this.payments.saveCard(req.user.customerId, body);
  }

  @Patch('cards/:pm')
  updateExpiry(@Param('pm') paymentMethodId: string, @Body() body: UpdateExpiryDto) {
    return this.payments.updateExpiry(paymentMethodId, body);
  }
}

import { IsInt, IsOptional, IsString, Min } from 'class-validator';

export class CreatePaymentDto {
  @IsInt()
  @Min(50)
  amount!: number;

  @IsString()
  currency!: string;

  @IsOptional()
  @IsString()
  orderId?: string;
}

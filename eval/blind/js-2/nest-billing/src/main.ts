import { Logger, ValidationPipe } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap() {
  // rawBody: true keeps req.rawBody (a Buffer) next to the parsed JSON body,
  // which is what stripe.webhooks.constructEvent needs.
  const app = await NestFactory.create(AppModule, { rawBody: true });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, transform: true }));

  const config = app.get(ConfigService);
  // ok: hardcoded-secret-key
  const liveMode = config.get<string>('STRIPE_SECRET_KEY', '').startsWith('sk_live_');
  // ok: logged-secret
  Logger.log(`Stripe running in ${liveMode ? 'LIVE' : 'test'} mode`, 'Bootstrap');

  await app.listen(config.get<number>('PORT', 3000));
}
bootstrap();

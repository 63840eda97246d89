import { NestFactory } from '@nestjs/core';
import { Logger } from '@nestjs/common';
import { AppModule } from './app.module';

async function bootstrap() {
  // rawBody: true keeps the unparsed Buffer on req.rawBody for Stripe signature checks
  const app = await NestFactory.create(AppModule, { rawBody: true });
  app.setGlobalPrefix('api');
  await app.listen(process.env.PORT ?? 3000);
  new Logger('Bootstrap').log(`billing service on ${await app.getUrl()}`);
}

bootstrap();

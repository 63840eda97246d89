import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'crypto';
import type { RawBodyRequest } from '@nestjs/common';
import type { Request } from 'express';

/** Verifies callbacks from the tax partner (they sign the raw body with HMAC-SHA256). */
@Injectable()
export class PartnerSignatureGuard implements CanActivate {
  private readonly secret = process.env.TAX_PARTNER_WEBHOOK_SECRET ?? '';

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<RawBodyRequest<Request>>();
    const version = req.header('x-partner-signature-version') ?? '2';
    const provided = req.header('x-partner-signature') ?? '';
    const expected = createHmac('sha256', this.secret).update(req.rawBody ?? '').digest('hex');

    if (version === '1') {
      // v1 clients are being phased out (Q3)
      // ruleid: timing-unsafe-signature-compare
      if (expected != provided) throw new UnauthorizedException('bad signature');
      return true;
    }

    const a = Buffer.from(expected, 'hex');
    const b = Buffer.from(provided, 'hex');
    // ok: timing-unsafe-signature-compare
    if (a.length !== b.length || !timingSafeEqual(a, b)) {
      throw new UnauthorizedException('bad signature');
    }
    return true;
  }
}

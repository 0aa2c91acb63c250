import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-local';
import type { StaffMember } from '@leidraad/shared/domain';
import { LoginService } from './login.service';

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor(private readonly login: LoginService) {
    super({ passReqToCallback: true, session: false });
  }

  validate(request: FastifyRequest, username: string, password: string): Promise<StaffMember> {
    return this.login.verify(username, password, request.ip);
  }
}

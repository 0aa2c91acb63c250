import { Writable } from 'node:stream';
import pino from 'pino';
import { errorForLog, stackFrames } from './error-for-log';
import { PinoNestLogger } from './logger';

const MARK = 'Jan-Jansen-0612345678';

/** A pg error as the driver throws it, wrapped the way TypeORM wraps it. */
function queryFailed(): Error {
  const driverError = Object.assign(new Error(`duplicate key value violates unique constraint\nKey (code)=(${MARK}) already exists.`), {
    code: '23505',
    constraint: 'case_file_code_key',
    detail: `Key (code)=(${MARK}) already exists.`,
  });
  return Object.assign(new Error(driverError.message), {
    name: 'QueryFailedError',
    driverError,
    query: 'INSERT INTO case_file (code) VALUES ($1)',
    parameters: [MARK],
  });
}

function capture(): { logger: pino.Logger; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: pino({ level: 'trace' }, stream), lines };
}

describe('errorForLog', () => {
  it('keeps the class, the SQLSTATE, the constraint and the frames of a pg error, and none of its values', () => {
    const logged = errorForLog(queryFailed());
    expect(logged).toMatchObject({ error: 'QueryFailedError', code: '23505', constraint: 'case_file_code_key' });
    expect(logged.stack).toMatch(/^\s+at /);
    expect(JSON.stringify(logged)).not.toContain(MARK);
  });

  it('drops every message line of a stack, also a message that spans several lines', () => {
    const error = new TypeError(`cannot read "${MARK}"\nsecond line ${MARK}`);
    expect(stackFrames(error.stack)).not.toContain(MARK);
    expect(
      stackFrames(error.stack)
        ?.split('\n')
        .every((line) => /^\s+at /.test(line)),
    ).toBe(true);
  });

  it('answers something for values that are not errors, without their content', () => {
    expect(errorForLog(MARK)).toEqual({ error: 'string' });
    expect(errorForLog(null)).toEqual({ error: 'null' });
  });
});

describe('PinoNestLogger', () => {
  it('logs an Error by class and frames, never by its message', () => {
    const { logger, lines } = capture();
    new PinoNestLogger(logger).error(queryFailed(), 'SomeContext');
    expect(lines.join('')).toContain('QueryFailedError');
    expect(lines.join('')).not.toContain(MARK);
  });

  it('strips the message lines off a stack Nest passes as a string', () => {
    const { logger, lines } = capture();
    const error = new Error(`bad value ${MARK}`);
    new PinoNestLogger(logger).error('Unable to connect to the database', error.stack, 'TypeOrmModule');
    expect(lines.join('')).toContain('Unable to connect to the database');
    expect(lines.join('')).toContain('    at ');
    expect(lines.join('')).not.toContain(MARK);
  });
});

import 'reflect-metadata';
import { validate } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { IsDateTimeWithOffset, NotBlank } from './text-fields';

class Meeting {
  @IsDateTimeWithOffset()
  startsAt!: string;

  @IsDateTimeWithOffset('$property must be a date-time with an offset')
  endsAt!: string;

  @NotBlank()
  note!: string;
}

const good = { startsAt: '2027-03-01T19:00:00+01:00', endsAt: '2027-03-01T20:30Z', note: 'Afspraak' };

async function errors(value: Partial<Record<keyof Meeting, unknown>>) {
  const found = await validate(plainToInstance(Meeting, { ...good, ...value }));
  return Object.fromEntries(found.map((e) => [e.property, e.constraints]));
}

describe('shared text fields', () => {
  it('accepts a date-time with its offset and a note that says something', async () => {
    expect(await errors({})).toEqual({});
  });

  it('refuses a date-time without an offset by its shape, with the message the field asks for', async () => {
    expect(await errors({ startsAt: '2027-03-01T19:00', endsAt: '2027-03-01 20:30+01:00' })).toEqual({
      startsAt: { matches: 'startsAt must be an ISO 8601 date-time with an offset' },
      endsAt: { matches: 'endsAt must be a date-time with an offset' },
    });
  });

  it('refuses a well-shaped moment that does not exist', async () => {
    expect(await errors({ startsAt: '2027-02-30T19:00:00+01:00' })).toEqual({
      startsAt: { isIso8601: 'startsAt must be a valid ISO 8601 date-time' },
    });
  });

  it.each(['', '   ', '\n\t'])('refuses the blank note %j', async (note) => {
    expect(await errors({ note })).toEqual({ note: { matches: 'note must not be blank' } });
  });
});

import { Module } from '@nestjs/common';
import { AppointmentController } from './appointment/appointment.controller';
import { AppointmentService } from './appointment/appointment.service';
import { CaseAppointmentController } from './appointment/case-appointment.controller';
import { CalendarController, CalendarFeedController } from './calendar-feed/calendar-feed.controller';
import { CalendarFeedService } from './calendar-feed/calendar-feed.service';
import { ScheduleController } from './schedule/schedule.controller';
import { ScheduleService } from './schedule/schedule.service';

/** Follow-up appointments, working hours and absences, and the calendar feed. */
@Module({
  controllers: [CaseAppointmentController, AppointmentController, ScheduleController, CalendarFeedController, CalendarController],
  providers: [AppointmentService, ScheduleService, CalendarFeedService],
})
export class AppointmentsModule {}

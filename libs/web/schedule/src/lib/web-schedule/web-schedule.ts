import { Component } from '@angular/core';

@Component({
  selector: 'ld-web-schedule',
  imports: [],
  templateUrl: './web-schedule.html',
  styleUrl: './web-schedule.css',
})
export class WebSchedule {}

import { Component } from '@angular/core';

@Component({
  selector: 'ld-web-supervision',
  imports: [],
  templateUrl: './web-supervision.html',
  styleUrl: './web-supervision.css',
})
export class WebSupervision {}

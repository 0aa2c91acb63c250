import { Component } from '@angular/core';

@Component({
  selector: 'ld-web-ui',
  imports: [],
  templateUrl: './web-ui.html',
  styleUrl: './web-ui.css',
})
export class WebUi {}

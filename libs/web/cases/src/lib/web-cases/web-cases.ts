import { Component } from '@angular/core';

@Component({
  selector: 'ld-web-cases',
  imports: [],
  templateUrl: './web-cases.html',
  styleUrl: './web-cases.css',
})
export class WebCases {}

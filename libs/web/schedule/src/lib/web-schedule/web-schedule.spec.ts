import { ComponentFixture, TestBed } from '@angular/core/testing';
import { WebSchedule } from './web-schedule';

describe('WebSchedule', () => {
  let component: WebSchedule;
  let fixture: ComponentFixture<WebSchedule>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [WebSchedule],
    }).compileComponents();

    fixture = TestBed.createComponent(WebSchedule);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});

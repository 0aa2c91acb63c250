import { ComponentFixture, TestBed } from '@angular/core/testing';
import { WebSupervision } from './web-supervision';

describe('WebSupervision', () => {
  let component: WebSupervision;
  let fixture: ComponentFixture<WebSupervision>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [WebSupervision],
    }).compileComponents();

    fixture = TestBed.createComponent(WebSupervision);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});

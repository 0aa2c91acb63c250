import { ComponentFixture, TestBed } from '@angular/core/testing';
import { WebCases } from './web-cases';

describe('WebCases', () => {
  let component: WebCases;
  let fixture: ComponentFixture<WebCases>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [WebCases],
    }).compileComponents();

    fixture = TestBed.createComponent(WebCases);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});

/**
 * Calls back at most once per animation frame while an element may have moved: any scroll (capture
 * phase, so inner scrollers count too), window resize, or the element's own resize. Passive listeners,
 * attached only while there is something to follow.
 */
export class BoxFollower {
  private element: HTMLElement | undefined;
  private frame = 0;
  private readonly observer: ResizeObserver;

  constructor(
    private readonly view: Window,
    private readonly moved: () => void,
  ) {
    this.observer = new ResizeObserver(this.schedule);
  }

  follow(element: HTMLElement | undefined): void {
    if (element === this.element) return;
    if (this.element) this.observer.unobserve(this.element);
    if (!this.element && element) {
      this.view.addEventListener('scroll', this.schedule, { capture: true, passive: true });
      this.view.addEventListener('resize', this.schedule, { passive: true });
    }
    if (this.element && !element) this.stopListening();
    this.element = element;
    if (element) this.observer.observe(element);
  }

  dispose(): void {
    this.follow(undefined);
    this.observer.disconnect();
  }

  /** Asks for one call back in the next frame (the content near the box changed). */
  readonly schedule = (): void => {
    if (this.frame !== 0 || !this.element) return;
    this.frame = this.view.requestAnimationFrame(() => {
      this.frame = 0;
      this.moved();
    });
  };

  private stopListening(): void {
    this.view.removeEventListener('scroll', this.schedule, { capture: true });
    this.view.removeEventListener('resize', this.schedule);
    if (this.frame !== 0) this.view.cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}

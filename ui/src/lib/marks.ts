// Performance marks read by scripts/bench-app.sh (launch to unlock screen, unlock to families,
// a family open). A mark is set once the screen has actually been painted: two animation frames
// after it is in the DOM.

export function markPainted(name: string): void {
  if (typeof performance === 'undefined' || typeof requestAnimationFrame === 'undefined') return;
  requestAnimationFrame(() => {
    performance.mark(`doorstep:${name}:frame1`);
    requestAnimationFrame(() => performance.mark(`doorstep:${name}`));
  });
}

export function mark(name: string): void {
  if (typeof performance !== 'undefined') performance.mark(`doorstep:${name}`);
}

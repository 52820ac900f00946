// A short message at the pointer: why a link was refused, where a zone can
// go. HTML (not SVG) so it stays crisp and readable at any zoom, and a live
// region so a screen reader says it too.
const SHOW_AFTER_RELEASE_MS = 2600;

export interface PointerTip {
  show(message: string, clientX: number, clientY: number, tone: 'refusal' | 'hint'): void;
  /** Keeps the message up a moment after the gesture ends, then hides it. */
  linger(): void;
  hide(): void;
  destroy(): void;
}

export function createPointerTip(): PointerTip {
  const element = document.createElement('div');
  element.className = 'editor-tip';
  element.setAttribute('role', 'status');
  element.setAttribute('aria-live', 'polite');
  element.hidden = true;
  document.body.append(element);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hide = () => {
    clearTimeout(timer);
    window.removeEventListener('pointerdown', hide, true);
    element.hidden = true;
    element.textContent = '';
  };
  return {
    show(message, clientX, clientY, tone) {
      clearTimeout(timer);
      if (element.textContent !== message) element.textContent = message;
      element.dataset.tone = tone;
      // Below-right of the pointer, kept inside the window.
      const x = Math.min(clientX + 16, window.innerWidth - element.offsetWidth - 8);
      const y = Math.min(clientY + 18, window.innerHeight - element.offsetHeight - 8);
      element.style.transform = `translate(${Math.max(8, x)}px, ${Math.max(8, y)}px)`;
      element.hidden = false;
    },
    linger() {
      if (element.hidden) return;
      clearTimeout(timer);
      timer = setTimeout(hide, SHOW_AFTER_RELEASE_MS);
      // The next press anywhere means the reason was read: get out of the way.
      window.addEventListener('pointerdown', hide, true);
    },
    hide,
    destroy() {
      hide();
      element.remove();
    },
  };
}

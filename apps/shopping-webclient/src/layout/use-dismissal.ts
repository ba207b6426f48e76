import { onBeforeUnmount, onMounted, watch, type Ref } from 'vue';
import { useRoute } from 'vue-router';

/**
 * How the header's menus (the phone menu, the category list) close, the same for both: Escape
 * closes from wherever focus is and hands focus back to the toggle that opened it; a click or
 * tap elsewhere, focus tabbing out of it, or going to another page closes it quietly.
 * `parts` are the elements that count as "inside" (the toggle and the panel it opens).
 */
export function useDismissal(
  open: Ref<boolean>,
  toggle: Ref<HTMLElement | null>,
  parts: () => readonly (HTMLElement | null)[],
) {
  const route = useRoute();

  function close({ refocus }: { refocus: boolean }) {
    if (!open.value) return;
    open.value = false;
    if (refocus) toggle.value?.focus();
  }

  const inside = (node: EventTarget | null) =>
    node instanceof Node && parts().some((part) => part?.contains(node));

  function onKeydown(event: KeyboardEvent) {
    if (event.key === 'Escape' && open.value) close({ refocus: true });
  }
  function onPointerdown(event: PointerEvent) {
    if (!inside(event.target)) close({ refocus: false });
  }
  // Focus leaving for the page, not for nowhere (a click on blank space is the pointer's case).
  function onFocusout(event: FocusEvent) {
    if (inside(event.target) && event.relatedTarget && !inside(event.relatedTarget)) {
      close({ refocus: false });
    }
  }

  watch(
    () => route.fullPath,
    () => close({ refocus: false }),
  );
  onMounted(() => {
    document.addEventListener('keydown', onKeydown);
    document.addEventListener('pointerdown', onPointerdown);
    document.addEventListener('focusout', onFocusout);
  });
  onBeforeUnmount(() => {
    document.removeEventListener('keydown', onKeydown);
    document.removeEventListener('pointerdown', onPointerdown);
    document.removeEventListener('focusout', onFocusout);
  });

  return { close };
}

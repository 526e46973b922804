import { defineComponent, h, nextTick, onBeforeUnmount, onMounted, ref, watch } from 'vue'
import { withBase } from 'vitepress'
import { FRAGMENT_CLASS, FRAGMENT_LOADED_EVENT, FRAGMENT_PART_SEPARATOR } from '../../shared/page-fragments'

const loads = new Map<string, Promise<string[]>>()

/** The parts of a fragment file (node/markdown/page-fragments.ts), fetched once per file. */
export function loadParts(file: string): Promise<string[]> {
  let load = loads.get(file)
  if (!load) {
    load = fetch(withBase(`/${file}`)).then(async (response) => {
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`)
      return (await response.text()).split(FRAGMENT_PART_SEPARATOR)
    })
    load.catch(() => loads.delete(file))
    loads.set(file, load)
  }
  return load
}

/** Loaders of the lazy parts on the page now, run by {@link loadLazyFragments}. */
const lazyParts = new Set<() => Promise<void>>()

/** Fetches the page's lazy parts (the hover texts) if they are not in the page yet. */
export function loadLazyFragments(): Promise<void> {
  return Promise.all([...lazyParts].map((load) => load())).then(() => undefined)
}

const FAILED = '<p class="api-fragment-error" role="alert">这部分内容没能加载，请<a href="">刷新页面</a>。</p>'

/**
 * One generated block of an API page (a parameter table, a code group, the hover texts). The built
 * HTML already holds it and hydration keeps it; after an in-app navigation the element is empty, so
 * the block is fetched from the page's fragment file, and {@link FRAGMENT_LOADED_EVENT} bubbles from
 * it once it is in the page. A lazy block is never in the HTML: {@link loadLazyFragments} fetches it.
 * In the dev server no part is in the HTML (node/site/serve-fragments.ts).
 */
export default defineComponent({
  name: 'ApiFragment',
  props: {
    src: { type: String, required: true },
    part: { type: String, required: true },
    lazy: { type: Boolean, default: false },
  },
  setup(props) {
    const element = ref<HTMLElement>()
    const html = ref('')
    let loading: Promise<void> | undefined
    const load = () =>
      (loading ??= (async () => {
        try {
          html.value = (await loadParts(props.src))[Number(props.part)] ?? ''
        } catch {
          loading = undefined
          if (!props.lazy) html.value = FAILED
          return
        }
        await nextTick()
        element.value?.dispatchEvent(new CustomEvent(FRAGMENT_LOADED_EVENT, { bubbles: true }))
      })())
    onMounted(() => {
      if (props.lazy) lazyParts.add(load)
      else if (element.value && !element.value.firstChild) void load()
    })
    // The dev server renders an edited page again, naming new files, and Vue patches this element:
    // the part shown stays until the new one is in (hover texts go, and come again when asked for).
    watch(
      () => `${props.src}#${props.part}`,
      () => {
        loading = undefined
        if (props.lazy) html.value = ''
        else void load()
      },
    )
    onBeforeUnmount(() => lazyParts.delete(load))
    return () =>
      h('div', {
        ref: element,
        class: FRAGMENT_CLASS,
        'data-fragment': `${props.src}#${props.part}`,
        'data-lazy': props.lazy ? '' : undefined,
        innerHTML: html.value,
      })
  },
})

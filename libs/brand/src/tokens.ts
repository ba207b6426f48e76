/**
 * The brand's design tokens: the one source of its colours, type and shapes. The stylesheet
 * `assets/tokens.css` declares the same values as `--brand-*` custom properties for the
 * storefront and the website; mails cannot rely on custom properties (most mail clients drop
 * them), so their templates inline these values. A test keeps the two in step.
 */
export const brandColours = {
  /** Page background. */
  paper: '#fbf7f0',
  /** Cards, form controls, the mail's body. */
  surface: '#ffffff',
  /** Quiet bands: the header, tinted sections. */
  tint: '#f3ebe0',
  ink: '#2b1d24',
  /** Secondary text; AA on paper, surface and tint. */
  muted: '#5a4a52',
  /** The burgundy of the brand: buttons, links, the wordmark. */
  accent: '#6b2d4a',
  /** Pressed or hovered buttons. */
  accentStrong: '#4f1f36',
  onAccent: '#ffffff',
  /** The ring's gold, for rules and borders only (too light for text). */
  gold: '#b8892b',
  /** Gold dark enough for text on light backgrounds. */
  goldText: '#7a5a12',
  focus: '#8a5a00',
  /** Hairlines between things. */
  line: '#e2d6c8',
  /** Borders of inputs and selects: 3:1 against the surface, as WCAG asks of controls. */
  controlBorder: '#857079',
  danger: '#a3231b',
  ok: '#1e6b35',
  warning: '#8a4f00',
} as const;

/** The dark palette (the website follows the reader's colour scheme; the shop stays light). */
export const brandDarkColours = {
  paper: '#1d1418',
  surface: '#281c22',
  tint: '#231a1e',
  ink: '#f3ebe4',
  muted: '#cdbfc6',
  accent: '#e7b3cb',
  accentStrong: '#f2cfe0',
  onAccent: '#2b1d24',
  gold: '#d9b15b',
  goldText: '#d9b15b',
  focus: '#f0c46a',
  line: '#45343c',
  controlBorder: '#a08d96',
  danger: '#ffb4ab',
  ok: '#9fd8ae',
  warning: '#f0c46a',
} as const satisfies Record<keyof typeof brandColours, string>;

export const brandFonts = {
  /** The wordmark and headings: an old-style serif, as engraved on a ring box. */
  serif: "'Iowan Old Style', 'Palatino Linotype', Palatino, Georgia, serif",
  /** Everything a person operates: navigation, buttons, forms, prices. */
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
} as const;

export const brandShapes = {
  /** Cards and panels. */
  radius: '0.9rem',
  /** Inputs and selects. */
  controlRadius: '0.5rem',
  /** Buttons are pills. */
  buttonRadius: '999px',
} as const;

export const brandName = 'A Senhora dos Anéis';

export type BrandColour = keyof typeof brandColours;

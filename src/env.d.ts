declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate on first interaction, or at once when saved or shared inputs exist for this calculator. */
    'client:interact'?: string;
  }
}
export {};

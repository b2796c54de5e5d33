/** The promotion calculator's module: every public function checks its input and returns the shared input error. */
export * from './core';

/** The team incentive calculator's module: commission plans, cliffs and the bonus pool; every public function checks its input. */
export * from './core';

// The load scenario (issue 9) is being written; see docs/performance.md.
console.log('load scenario: not written yet');

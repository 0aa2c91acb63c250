// Runs the suites in name order, with the log check last: it reads what every other suite made
// the app write.
const Sequencer = require('@jest/test-sequencer').default;

const isLogCheck = (test) => test.path.endsWith('logs.e2e-spec.ts');

class LogsLastSequencer extends Sequencer {
  sort(tests) {
    return [...tests].sort((a, b) => Number(isLogCheck(a)) - Number(isLogCheck(b)) || a.path.localeCompare(b.path));
  }
}

module.exports = LogsLastSequencer;

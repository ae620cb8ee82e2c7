// A tiny runner shared by the explorer checks: each check prints ok or FAIL, the file ends with "N passed, N failed"
// (the line tests/run.sh sums) and exits non-zero when anything failed.
let passed = 0;
let failed = 0;

export async function check(name, body) {
  try {
    await body();
    passed++;
    console.log(`ok   ${name}`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${name}\n     ${error?.stack ?? error}`);
  }
}

export function summary() {
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

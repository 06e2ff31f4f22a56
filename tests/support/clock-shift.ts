/**
 * Moves this test process's clock by TEST_CLOCK_SHIFT_DAYS (e.g. 400 or -400) while the
 * PostgreSQL server keeps the real one. A test or a code path that mixes the two clocks,
 * or that hard-codes a date which the calendar will pass, then fails today instead of on
 * the day the date goes by (issue "Green on any machine, on any day").
 */
const days = Number(process.env.TEST_CLOCK_SHIFT_DAYS ?? 0);

if (Number.isFinite(days) && days !== 0 && !(globalThis as { __clockShifted?: boolean }).__clockShifted) {
  const offset = days * 86_400_000;
  const RealDate = Date;
  const realNow = RealDate.now.bind(RealDate);
  const shiftedNow = () => realNow() + offset;
  // A Proxy keeps `instanceof Date` true for dates made before and after the shift.
  const ShiftedDate = new Proxy(RealDate, {
    construct(target, args, newTarget) {
      return args.length === 0 ? Reflect.construct(target, [shiftedNow()], newTarget) : Reflect.construct(target, args, newTarget);
    },
    apply() {
      return new RealDate(shiftedNow()).toString();
    },
    get(target, prop, receiver) {
      if (prop === "now") return shiftedNow;
      return Reflect.get(target, prop, receiver);
    },
  });
  globalThis.Date = ShiftedDate;
  (globalThis as { __clockShifted?: boolean }).__clockShifted = true;
}

// The date slider: the graph as of one day (memberships not yet begun or already ended disappear), with play.

const dayMs = 86_400_000;
const toDay = (date) => Math.floor(Date.parse(`${date}T00:00:00Z`) / dayMs);
const toDate = (day) => new Date(day * dayMs).toISOString().slice(0, 10);

/**
 * Wires the slider, the date field, "all time" and play. onChange gets 'YYYY-MM-DD', or null for all time.
 * Returns setters the page uses when a deep link or new data moves the range.
 */
export function timeline({ slider, dateInput, allTime, play, status }, onChange) {
  let first = toDay('2000-01-01');
  const last = toDay(new Date().toISOString().slice(0, 10));
  let timer = null;
  let playFrom = null;
  slider.max = String(last - first);
  slider.min = '0';

  const show = (date) => {
    slider.disabled = false;
    if (date) { slider.value = String(toDay(date) - first); dateInput.value = date; }
    allTime.checked = !date;
    status.textContent = date ? `Graph as of ${date}` : 'Graph over all time';
  };
  const set = (date) => { show(date); onChange(date); };
  const stop = () => { clearInterval(timer); timer = null; play.textContent = 'Play'; play.setAttribute('aria-pressed', 'false'); };

  slider.addEventListener('input', () => show(toDate(first + Number(slider.value))));
  slider.addEventListener('change', () => set(toDate(first + Number(slider.value))));
  dateInput.addEventListener('change', () => { if (dateInput.value) { widen(dateInput.value); set(dateInput.value); } });
  allTime.addEventListener('change', () => set(allTime.checked ? null : toDate(first + Number(slider.value))));
  play.addEventListener('click', () => {
    if (timer) { stop(); return; }
    play.textContent = 'Pause';
    play.setAttribute('aria-pressed', 'true');
    let day = allTime.checked ? (playFrom ?? first) : first + Number(slider.value);
    // About forty steps from wherever it starts to today, one every 700 ms.
    const step = Math.max(7, Math.ceil((last - day) / 40));
    set(toDate(day)); // the first frame is where play starts
    timer = setInterval(() => {
      day = Math.min(last, day + step);
      set(toDate(day));
      if (day >= last) stop();
    }, 700);
  });

  /** Lets the slider reach back to an earlier date (the earliest the data knows). */
  function widen(date) {
    const day = toDay(date);
    if (!Number.isFinite(day) || day >= first) return;
    const current = allTime.checked ? null : toDate(first + Number(slider.value));
    first = day - 31;
    slider.max = String(last - first);
    if (current) slider.value = String(toDay(current) - first);
  }

  /** Play from all time starts a month before the earliest dated edge on screen. */
  function startPlayAt(date) { playFrom = date ? toDay(date) - 31 : null; }

  return { show, widen, stop, startPlayAt };
}

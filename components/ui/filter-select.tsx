/** One filter of a GET form (no JavaScript needed): a labelled select, with an "all" choice when `alle` is given. */
export function FilterSelect({
  id,
  name,
  label,
  value,
  options,
  alle,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  alle?: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className="mt-1 rounded border-2 border-gray-700 px-2 py-1">
        {alle ? <option value="">{alle}</option> : null}
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

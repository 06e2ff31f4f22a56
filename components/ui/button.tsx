import type { ButtonHTMLAttributes } from "react";

const variants = {
  primary: "bg-rijk-700 text-white hover:bg-rijk-800 border-2 border-rijk-700",
  secondary: "bg-white text-rijk-700 border-2 border-rijk-700 hover:bg-rijk-50",
  danger: "bg-fout text-white border-2 border-fout hover:bg-red-800",
} as const;

export function buttonClass(variant: keyof typeof variants = "primary") {
  return `inline-flex items-center justify-center gap-2 rounded px-5 py-2.5 font-semibold no-underline disabled:opacity-60 ${variants[variant]}`;
}

export function Button({ variant = "primary", className = "", ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof variants }) {
  return <button {...props} className={`${buttonClass(variant)} ${className}`} />;
}

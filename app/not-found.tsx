import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errorPages.notFound");
  return (
    <div className="card">
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <p>
        <Link href="/projects">{t("back")}</Link>
      </p>
    </div>
  );
}

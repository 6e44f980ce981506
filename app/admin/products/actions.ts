"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/actions/client";
import { ZProductIdInput, ZSaveProductInput } from "@/lib/schemas/admin";
import { archiveProduct } from "@/lib/server/admin/archive-product";
import { launchProduct } from "@/lib/server/admin/launch-product";
import { saveProduct } from "@/lib/server/admin/save-product";

export const saveProductAction = adminAction
  .metadata({ name: "saveProduct" })
  .inputSchema(ZSaveProductInput)
  .action(async ({ parsedInput, ctx }) => {
    const saved = await saveProduct(ctx.server, parsedInput);
    revalidatePath("/admin/products", "layout");
    revalidatePath("/admin/onboarding");
    return saved;
  });

export const launchProductAction = adminAction
  .metadata({ name: "launchProduct" })
  .inputSchema(ZProductIdInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await launchProduct(ctx.server, { productId: parsedInput.productId });
    revalidatePath("/admin/products", "layout");
    revalidatePath("/admin/onboarding");
    return result;
  });

export const archiveProductAction = adminAction
  .metadata({ name: "archiveProduct" })
  .inputSchema(ZProductIdInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await archiveProduct(ctx.server, { productId: parsedInput.productId });
    revalidatePath("/admin/products", "layout");
    return result;
  });

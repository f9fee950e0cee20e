import { existsSync } from "node:fs";
import { UserError } from "../io/errors.js";
import { writeFileAtomic } from "../io/write.js";

export const STARTER_CONFIG = `# yaml-language-server: $schema=./node_modules/plan-lint/schemas/config.schema.json
# Cấu hình plan-lint — https://github.com/plan-lint/plan-lint
# Tệp này áp dụng cho mọi kế hoạch trong thư mục này và các thư mục con.

# Bộ quy tắc gốc: plan-lint:recommended (khuyến nghị) hoặc plan-lint:all (tất cả).
extends: plan-lint:recommended

# draft: dự thảo (số, ngày để trống chỉ là thông tin); issued: văn bản ban hành (thiếu là lỗi).
stage: draft

# Ngôn ngữ thông báo: vi hoặc en.
language: vi

# Mức độ từng quy tắc: off | info | warning | error, hoặc { severity, options }.
# Xem danh sách: npx plan-lint rules — chi tiết: npx plan-lint explain <quy-tắc>
rules:
  # vague-deadline: { severity: warning, options: { kinds: [open-ended, conditional] } }
  # duplicate-task: off

# Cấu hình riêng cho một số tệp (glob tính từ thư mục chứa tệp này).
# overrides:
#   - files: ["du-thao/**"]
#     stage: draft
#   - files: ["da-ban-hanh/**"]
#     stage: issued

# Bỏ qua (cú pháp .gitignore).
# ignores:
#   - luu-tru/

# Danh mục đơn vị của cơ quan: bật quy tắc unknown-unit và giúp so khớp tên.
# units:
#   - Văn phòng Sở
#   - name: Phòng Tổ chức cán bộ
#     aliases: [TCCB, Phòng TCCB]
`;

/** `plan-lint init`: a commented starter config in the current folder. */
export async function runInit(path = "plan-lint.config.yaml"): Promise<number> {
  if (existsSync(path)) throw new UserError({ vi: `${path} đã có; không ghi đè`, en: `${path} already exists; not overwritten` });
  await writeFileAtomic(path, STARTER_CONFIG);
  process.stdout.write(`plan-lint: đã tạo ${path}\n`);
  return 0;
}

# SPDX-License-Identifier: GPL-3.0-or-later

output "load_balancer_dns_name" {
  description = "Point public_hostname (a CNAME or alias record) here."
  value       = aws_lb.main.dns_name
}

output "database_endpoint" {
  description = "PostgreSQL endpoint (private)."
  value       = aws_db_instance.main.address
}

output "database_secret_arn" {
  description = "Secrets Manager secret with the database password (managed and rotated by RDS)."
  value       = aws_db_instance.main.master_user_secret[0].secret_arn
}

output "log_group" {
  description = "CloudWatch log group of the server's JSON request log."
  value       = aws_cloudwatch_log_group.server.name
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_content_check_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`gambling\` text,
  	\`pornography\` text,
  	\`advertising\` text,
  	\`invoices\` text,
  	\`gaming\` text,
  	\`loans\` text,
  	\`allowed\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  // The new categories and the allowed phrases start empty: the shipped lexicon applies without them.
  await db.run(
    sql`INSERT INTO \`__new_content_check_settings\`("id", "gambling", "pornography", "advertising", "updated_at", "created_at") SELECT "id", "gambling", "pornography", "advertising", "updated_at", "created_at" FROM \`content_check_settings\`;`,
  )
  await db.run(sql`DROP TABLE \`content_check_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_content_check_settings\` RENAME TO \`content_check_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_content_check_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`gambling\` text DEFAULT '网上赌场
  在线赌场
  网络赌场
  澳门赌场
  真人赌场
  赌场开户
  博彩网站
  博彩平台
  娱乐城开户
  真人荷官
  彩票代购
  彩票投注网站
  投注平台
  六合彩
  6合彩
  百家乐
  时时彩
  老虎机
  首存送彩金',
  	\`advertising\` text DEFAULT '代理加盟
  加盟代理
  低价促销
  限时抢购
  全网最低价
  厂家直销
  卫星电视安装
  微信加好友
  加微信咨询
  刷单日结
  日赚千元
  贷款秒批
  秒批贷款
  黑户可贷
  无视征信',
  	\`pornography\` text DEFAULT '约炮
  一夜情
  援交
  午夜福利
  成人视频
  激情视频
  黄色视频
  裸聊交友
  小姐上门',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_content_check_settings\`("id", "gambling", "advertising", "pornography", "updated_at", "created_at") SELECT "id", "gambling", "advertising", "pornography", "updated_at", "created_at" FROM \`content_check_settings\`;`,
  )
  await db.run(sql`DROP TABLE \`content_check_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_content_check_settings\` RENAME TO \`content_check_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}

require_relative "app"

run TipsApp
